stub: upstream file of 18819 bytes
