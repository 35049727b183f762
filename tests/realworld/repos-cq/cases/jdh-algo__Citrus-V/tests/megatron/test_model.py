stub: upstream file of 3314 bytes
