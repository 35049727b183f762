stub: upstream file of 28196 bytes
