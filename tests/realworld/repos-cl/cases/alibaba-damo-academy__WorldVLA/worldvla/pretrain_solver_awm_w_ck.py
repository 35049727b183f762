stub: upstream file of 4253 bytes
