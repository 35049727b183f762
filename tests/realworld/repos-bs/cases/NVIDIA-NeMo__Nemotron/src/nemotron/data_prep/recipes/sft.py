stub: upstream file of 19984 bytes
