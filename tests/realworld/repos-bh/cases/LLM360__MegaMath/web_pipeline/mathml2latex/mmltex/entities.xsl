stub: upstream file of 107742 bytes
