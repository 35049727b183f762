stub: upstream file of 18576 bytes
