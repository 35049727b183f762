stub: upstream file of 15943 bytes
