stub: upstream file of 22873 bytes
