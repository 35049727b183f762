stub: upstream file of 19054 bytes
