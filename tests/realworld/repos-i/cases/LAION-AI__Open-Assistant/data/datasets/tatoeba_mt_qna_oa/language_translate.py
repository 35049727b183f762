stub: upstream file of 20103 bytes
