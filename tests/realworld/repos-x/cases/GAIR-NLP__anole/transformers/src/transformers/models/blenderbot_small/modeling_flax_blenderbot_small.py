stub: upstream file of 65944 bytes
