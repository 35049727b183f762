stub: upstream file of 13651 bytes
