stub: upstream file of 18511 bytes
