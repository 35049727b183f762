stub: upstream file of 26616 bytes
