stub: upstream file of 3094 bytes
