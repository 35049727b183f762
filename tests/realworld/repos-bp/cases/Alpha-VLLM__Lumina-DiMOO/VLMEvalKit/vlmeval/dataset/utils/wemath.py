stub: upstream file of 38875 bytes
