stub: upstream file of 24972 bytes
