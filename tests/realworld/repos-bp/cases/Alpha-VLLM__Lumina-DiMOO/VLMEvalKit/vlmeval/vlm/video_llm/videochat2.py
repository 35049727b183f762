stub: upstream file of 18230 bytes
