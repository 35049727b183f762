stub: upstream file of 14777 bytes
