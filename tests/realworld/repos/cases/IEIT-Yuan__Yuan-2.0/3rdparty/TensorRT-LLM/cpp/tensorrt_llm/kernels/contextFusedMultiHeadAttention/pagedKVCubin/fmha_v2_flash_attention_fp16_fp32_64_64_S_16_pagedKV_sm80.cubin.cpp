stub: upstream file of 336306 bytes
