stub: upstream file of 16868 bytes
