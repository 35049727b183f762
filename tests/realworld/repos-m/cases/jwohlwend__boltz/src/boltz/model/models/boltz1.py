stub: upstream file of 51873 bytes
