stub: upstream file of 59649 bytes
