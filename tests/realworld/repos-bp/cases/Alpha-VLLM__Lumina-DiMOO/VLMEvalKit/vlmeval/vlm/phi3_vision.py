stub: upstream file of 5898 bytes
