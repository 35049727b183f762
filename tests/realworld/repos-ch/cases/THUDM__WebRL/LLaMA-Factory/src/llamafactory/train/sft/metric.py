stub: upstream file of 4742 bytes
