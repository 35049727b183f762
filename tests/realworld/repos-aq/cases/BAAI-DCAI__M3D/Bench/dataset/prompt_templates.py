stub: upstream file of 22651 bytes
