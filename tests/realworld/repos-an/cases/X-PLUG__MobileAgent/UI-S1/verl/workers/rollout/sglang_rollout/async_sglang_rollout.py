stub: upstream file of 39282 bytes
