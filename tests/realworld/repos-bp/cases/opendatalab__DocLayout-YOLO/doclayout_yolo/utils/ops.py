stub: upstream file of 33943 bytes
