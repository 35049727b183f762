stub: upstream file of 77116 bytes
