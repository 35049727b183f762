stub: upstream file of 26143 bytes
