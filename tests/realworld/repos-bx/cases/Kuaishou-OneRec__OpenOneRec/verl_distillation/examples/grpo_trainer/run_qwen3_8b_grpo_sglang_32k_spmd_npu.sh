stub: upstream file of 2898 bytes
