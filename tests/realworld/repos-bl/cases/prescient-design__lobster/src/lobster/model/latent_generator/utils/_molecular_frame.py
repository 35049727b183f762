stub: upstream file of 15814 bytes
