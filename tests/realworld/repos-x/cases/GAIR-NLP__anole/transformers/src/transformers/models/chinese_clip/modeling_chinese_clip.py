stub: upstream file of 73294 bytes
