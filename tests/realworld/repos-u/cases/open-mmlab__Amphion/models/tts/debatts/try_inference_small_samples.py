stub: upstream file of 20693 bytes
