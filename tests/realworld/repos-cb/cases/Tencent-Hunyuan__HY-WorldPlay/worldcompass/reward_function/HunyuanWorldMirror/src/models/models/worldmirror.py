stub: upstream file of 13151 bytes
