stub: upstream file of 1286 bytes
