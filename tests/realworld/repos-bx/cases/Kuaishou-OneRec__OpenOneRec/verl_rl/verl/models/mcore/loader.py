stub: upstream file of 22230 bytes
