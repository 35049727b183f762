stub: upstream file of 68058 bytes
