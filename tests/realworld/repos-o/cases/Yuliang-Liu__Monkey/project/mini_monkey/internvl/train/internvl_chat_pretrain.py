stub: upstream file of 39587 bytes
