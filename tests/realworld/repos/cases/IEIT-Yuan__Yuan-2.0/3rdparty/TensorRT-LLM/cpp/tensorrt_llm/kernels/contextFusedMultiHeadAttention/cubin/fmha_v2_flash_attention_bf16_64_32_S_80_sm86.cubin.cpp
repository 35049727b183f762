stub: upstream file of 374943 bytes
