stub: upstream file of 21053 bytes
