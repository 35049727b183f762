stub: upstream file of 72684 bytes
