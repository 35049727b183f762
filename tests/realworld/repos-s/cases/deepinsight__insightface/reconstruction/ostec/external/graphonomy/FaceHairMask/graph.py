stub: upstream file of 19211 bytes
