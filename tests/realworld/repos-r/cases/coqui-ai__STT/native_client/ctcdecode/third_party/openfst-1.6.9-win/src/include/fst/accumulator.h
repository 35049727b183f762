stub: upstream file of 29649 bytes
