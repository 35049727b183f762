stub: upstream file of 37729 bytes
