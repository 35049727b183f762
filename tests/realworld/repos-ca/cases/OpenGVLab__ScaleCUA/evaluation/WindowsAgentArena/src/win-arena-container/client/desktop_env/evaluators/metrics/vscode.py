stub: upstream file of 7838 bytes
