stub: upstream file of 2916 bytes
