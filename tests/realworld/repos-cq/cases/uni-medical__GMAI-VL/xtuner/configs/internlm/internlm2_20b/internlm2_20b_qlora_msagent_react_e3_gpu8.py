stub: upstream file of 8798 bytes
