stub: upstream file of 50625 bytes
