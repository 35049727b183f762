stub: upstream file of 22422 bytes
