stub: upstream file of 34935 bytes
