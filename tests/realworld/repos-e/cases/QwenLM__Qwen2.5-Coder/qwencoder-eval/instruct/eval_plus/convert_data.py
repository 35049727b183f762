stub: upstream file of 14687 bytes
