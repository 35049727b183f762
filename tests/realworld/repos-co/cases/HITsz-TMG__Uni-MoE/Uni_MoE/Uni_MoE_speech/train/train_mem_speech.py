stub: upstream file of 919 bytes
