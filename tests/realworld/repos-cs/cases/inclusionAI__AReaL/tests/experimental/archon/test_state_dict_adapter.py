stub: upstream file of 26795 bytes
